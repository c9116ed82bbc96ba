// Types for import-graph.mjs, for the package test that imports it.
export declare const STATIC: RegExp;
export declare const DYNAMIC: RegExp;
export declare const LANGUAGE: RegExp;
export declare function imports(dist: string, file: string, pattern: RegExp): string[];
export declare function withStatic(dist: string, file: string, seen: Set<string>): Set<string>;
export declare function withEverything(dist: string, file: string, seen: Set<string>): Set<string>;
export declare function withOnDemand(dist: string, entry: string, chunks?: string[]): Set<string>;
