package org.parkwatch.backend.hazard;

/**
 * Chinese regulatory lists a chemical is on.
 *
 * @param highlyToxic 剧毒化学品 (危险化学品目录 2015 marks)
 * @param explosivePrecursor 易制爆危险化学品 (2017 list)
 * @param keySupervised 重点监管的危险化学品 (2011 and 2013 batches)
 * @param prohibitedRestrictedControlled 禁限控: here the national 特别管控危险化学品目录 (first edition, 2020)
 * @param source the lists used, with status tag
 */
public record RegulatoryFlags(
        boolean highlyToxic,
        boolean explosivePrecursor,
        boolean keySupervised,
        boolean prohibitedRestrictedControlled,
        String source) {}
