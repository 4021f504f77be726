/**
 * 政策找人: the enterprise's inbox, e-mail through SMTP, and what each enterprise chooses to hear about.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.jiqitong.notification;
