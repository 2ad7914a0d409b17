/**
 * 在宅療養支援窓口: requests to the district's desk to find care (調整依頼), the inquiries the desk sends to facilities
 * chosen by what they can do, their answers, the match proposed to and accepted by the requester, the late list, and
 * the supply and demand (需給) in figures and charts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "kit", "notification", "patient", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.coordination;
