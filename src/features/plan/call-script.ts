// Moved to src/i18n/call-script.ts so "My record" can use it too (no feature imports another);
// kept here so the plan's files and tests keep their imports: edit it there.
export * from '../../i18n/call-script';
