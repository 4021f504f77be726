/** The UI shell: layout, language, navigation per role, error pages, API problem details. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.jiqitong.web;
