package org.renkei.directory;

import org.jspecify.annotations.Nullable;

/** 地区医師会 as lists and forms show it. */
public record AssociationInfo(long id, String code, String name, String nameKana, String prefecture,
        @Nullable String phone, @Nullable String email) {}
