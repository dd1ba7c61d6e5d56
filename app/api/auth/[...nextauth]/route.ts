import { authGet, authPost } from "@/lib/auth/auth-routes";

// Auth.js's own routes, behind lib/auth/auth-routes.ts: safe callback URLs only, magic links that
// ask before signing in anywhere but the browser that asked for them, small bodies. Opening a
// magic link creates the account on first sign-in, in the language of the page it was asked from.
export const GET = authGet;
export const POST = authPost;
