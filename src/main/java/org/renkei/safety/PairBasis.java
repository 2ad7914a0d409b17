package org.renkei.safety;

/** Why a visit was made by two: the fee the patient agreed to (複数名訪問加算), or the subsidy because they refused it. */
public enum PairBasis { FEE, SUBSIDY }
