/**
 * 政府资源库 and 服务专员 (十条措施 一; 实施意见 6, 14, 17–19, 25): the library of government resources — funds,
 * venture funds, land, industrial space, shared facilities, finance products and services — each owned by a department
 * and published four-eyes ({@link org.jiqitong.resources.Resource}); enterprises' needs (企业点菜) matched to resources
 * with a fit per constraint and routed to departments on a supervised clock ({@link org.jiqitong.resources.Needs});
 * bookings of shared facilities that the database keeps from overlapping ({@link org.jiqitong.resources.Bookings});
 * and commissioners serving their assigned enterprises, acting on their behalf with a revocable authorisation
 * ({@link org.jiqitong.resources.Commissioners}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources")
package org.jiqitong.resources;
