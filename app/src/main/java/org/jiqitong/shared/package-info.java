/**
 * The shared kernel: value types every module uses at its boundaries (the 统一社会信用代码, pages of
 * results). It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.jiqitong.shared;
