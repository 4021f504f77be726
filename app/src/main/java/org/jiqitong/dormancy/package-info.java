/**
 * 企业休眠 (十条措施 二): an enterprise registers a dormancy of at most two years (three in all), keeps a service
 * address, recovers early or when the term runs out; the AMR registers it and may end it as 恶意休眠. Issue 18 is under
 * way: the rules ({@link org.jiqitong.dormancy.DormancyRules}, {@link org.jiqitong.dormancy.DormancyTerms}), the
 * episode's lifecycle ({@link org.jiqitong.dormancy.Episode}), applying, registering, recovering and the nightly end
 * ({@link org.jiqitong.dormancy.Dormancy}) with the API; no pages yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dormancy")
package org.jiqitong.dormancy;
