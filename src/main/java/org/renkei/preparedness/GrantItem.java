package org.renkei.preparedness;

/** What the programme (在宅人工呼吸器使用者療養支援事業) gives: 発電機, 外部バッテリー, or another item. */
public enum GrantItem { GENERATOR, BATTERY, OTHER }
