export declare const CYTOSCAPE_STYLE: string;
/** The Content-Security-Policy as a meta tag's content or as a header (which adds `frame-ancestors`). */
export declare function contentSecurityPolicy(as: 'meta' | 'header'): string;
