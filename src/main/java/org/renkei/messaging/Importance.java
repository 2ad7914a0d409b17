package org.renkei.messaging;

/** How a post asks to be read: 重要 asks readers to confirm; 至急 also reminds those who have not. */
public enum Importance { NORMAL, IMPORTANT, URGENT }
