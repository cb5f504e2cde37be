/**
 * Site policies: a service's own alerts, lowered flag thresholds, messages and choice of
 * cut-off profile, per instrument, kept apart from the definitions. A policy is data: read it
 * with {@link org.attune.catalog.Policies#read}, or build it with {@link org.attune.policy.SitePolicy#builder};
 * apply it with {@link org.attune.scoring.Scorer#of(org.attune.model.Instrument, SitePolicy)} or
 * {@link org.attune.catalog.Catalog#scorer(String, SitePolicy)}, which check it against the
 * instrument first. The policy's id and version are recorded in every result's provenance.
 *
 * <p>A policy may add alerts, lower thresholds, replace messages and remove flags that are
 * not safety flags. It can never remove a safety flag (such as {@code self_harm}) or make any
 * flag less sensitive.
 *
 * @since 0.1.0
 */
package org.attune.policy;
