import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Identity {
  cert: string;
  key: string;
}

/**
 * A throwaway PKI made with openssl in `dir`: a CA, a broker certificate for localhost and
 * 127.0.0.1, and one client certificate per name (its CN is the MQTT identity Mosquitto uses).
 * EC P-256 keys: quick to make, and what a small board would use.
 */
export class TestPki {
  readonly ca: string;

  private constructor(private readonly dir: string) {
    this.ca = join(dir, 'ca.pem');
  }

  static create(dir: string): TestPki {
    const pki = new TestPki(dir);
    pki.openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'ca.key'), '-out', pki.ca, '-days', '2', '-subj', '/CN=Outpost Test CA']);
    return pki;
  }

  /** A certificate signed by the CA, valid `days` from now; `altNames` e.g. ['DNS:localhost', 'IP:127.0.0.1'] for a server. */
  issue(commonName: string, altNames: string[] = [], days = 2): Identity {
    const base = join(this.dir, commonName);
    const key = `${base}.key`;
    const cert = `${base}.pem`;
    this.openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', `${base}.csr`, '-subj', `/CN=${commonName}`]);
    const extensions = `${base}.ext`;
    writeFileSync(extensions, altNames.length > 0 ? `subjectAltName=${altNames.join(',')}\n` : 'basicConstraints=CA:FALSE\n');
    this.openssl(['x509', '-req', '-in', `${base}.csr`, '-CA', this.ca, '-CAkey', join(this.dir, 'ca.key'), '-CAcreateserial', '-out', cert, '-days', String(days), '-extfile', extensions]);
    return { cert, key };
  }

  private openssl(args: string[]): void {
    execFileSync('openssl', args, { cwd: this.dir, stdio: ['ignore', 'ignore', 'pipe'] });
  }
}
