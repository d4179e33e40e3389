// The timeline's geometry is shared with the browser, and Framework bundles only modules inside
// src/, so the one implementation lives in src/components/timeline-layout.ts.
export * from "../../../src/components/timeline-layout.ts";
