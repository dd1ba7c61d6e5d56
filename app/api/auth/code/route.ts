import { signInWithCodeRequest } from "@/lib/auth/sign-in-with-code";

// The code form of the check-e-mail page (a plain POST form: no JavaScript needed).
export const POST = signInWithCodeRequest;
