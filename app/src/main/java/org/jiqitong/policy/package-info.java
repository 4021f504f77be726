/**
 * 惠企政策库: policy documents, their items (one benefit each) and the effective-dated versions of each item, with
 * the lifecycle draft → in review → published → withdrawn / expired, four eyes before publishing, and fixtures
 * that must pass.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy library")
package org.jiqitong.policy;
