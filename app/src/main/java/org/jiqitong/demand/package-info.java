/**
 * 诉求 and 接诉即办: demands from the enterprise's web form, the 找茬窗口 and the 12345 hotline (Open311 GeoReport v2),
 * dispatched by category to a department with its clocks, answered, rated, reopened once; the three rates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demand")
package org.jiqitong.demand;
