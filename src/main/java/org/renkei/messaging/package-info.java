/**
 * ConversationService: each patient's room (its members are the care team), free groups and direct messages;
 * messages numbered within their conversation, stored before anyone sees them, delivered live to Vaadin
 * pages and STOMP clients once committed; 「確認しました」, urgent posts with reminders, attachments, edits
 * and deletions that keep the original.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "kit", "notification", "patient", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.messaging;
