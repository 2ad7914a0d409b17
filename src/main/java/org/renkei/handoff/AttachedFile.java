package org.renkei.handoff;

/** A file attached to a handoff (the care plan of an admission sheet, a conference's minutes): name, type, bytes. */
public record AttachedFile(String fileName, String contentType, byte[] content) {}
