import type { JWK } from 'jose';

export declare const LOCAL_ISSUER: string;
export declare const LOCAL_AUDIENCE: string;
export declare function localKeyFile(root: string, dataDir: string): string;
export declare function localKey(keyFile: string): Promise<{ privateKey: CryptoKey | Uint8Array; publicJwk: JWK }>;
export declare function signLocalToken(
  keyFile: string,
  principal: { subject: string; name?: string; role: string; perimeter: string[] },
  expiresIn?: string | number,
): Promise<string>;
