/**
 * How much one account can add to the readers' reports (issue #27). Three live reports per
 * operator keeps a household or a small firm from making an operator's figures alone (they need
 * k = 10 reports); ten shares a day stops a script without getting in a person's way.
 */
export const reportLimits = { perOperator: 3, perDay: 10 } as const;
