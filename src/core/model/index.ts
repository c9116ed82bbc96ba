export * from './common.ts';
export * from './need-area.ts';
export * from './activity.ts';
export * from './goals.ts';
export * from './urgent-help.ts';
export * from './config.ts';
export * from './referral.ts';
export * from './problems.ts';
