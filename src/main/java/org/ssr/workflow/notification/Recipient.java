package org.ssr.workflow.notification;

/** A user with an e-mail address, and the group through which they were addressed (null if addressed by name). */
public record Recipient(String userId, String email, String viaGroup) {}
