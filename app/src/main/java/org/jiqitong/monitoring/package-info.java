/**
 * 民营经济监测 and 评估分析 (实施意见 2, 5, 29; 十条措施 七 and its closing paragraph): the dashboards of the private
 * economy and of policy delivery, the seed's quantitative targets and their progress, the half-yearly report as a PDF,
 * and the check of a department's procurement plan against the SME reservation ({@link
 * org.jiqitong.monitoring.ProcurementCheck}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package org.jiqitong.monitoring;
