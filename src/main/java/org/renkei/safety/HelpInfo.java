package org.renkei.safety;

import org.jspecify.annotations.Nullable;

/**
 * Where to get help, one tap from the report page: Tokyo's consultation line for home-care staff (as configured) and the
 * facility's own procedure.
 */
public record HelpInfo(@Nullable String linePhone, @Nullable String lineUrl,
        @Nullable String procedure, @Nullable String procedurePhone, boolean mayEdit) {}
