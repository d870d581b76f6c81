export function renderRuleIndex(): string;
