// Moved to src/ui/copy-read-out-button.tsx so "My record" can use it too (no feature imports
// another): edit it there.
export * from '../../ui/copy-read-out-button';
