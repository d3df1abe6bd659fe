// Moved to src/ui/read-out-box.tsx so "My record" can use it too (no feature imports another);
// kept here so the plan's files and tests keep their imports: edit it there.
export * from '../../ui/read-out-box';
