/**
 * Long work as stored jobs: imports, sweeps, 免申即享 snapshots. A job is a row with its state, step, counts, result
 * or error; at most one runs per kind and subject (a second request for the same work joins it); any instance's
 * crash leaves it visibly failed, never "running" forever. It depends only on identity (who may see a job).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.jiqitong.jobs;
