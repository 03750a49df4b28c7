import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { SERVICE_NODE_FLAGS } from '@icssi/platform';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Namespace, Secret, Service } from 'kubernetes-models/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';

/**
 * deploy/kubernetes: every object is checked against the Kubernetes API schema (kubernetes-models),
 * then the properties the operation depends on are checked one by one.
 */
const DIR = path.resolve(__dirname, '../../deploy/kubernetes');
const SUBGRAPHS = ['organisations', 'campaigns', 'forum-seasons', 'cohesion-councils'];
const WORKLOADS = [...SUBGRAPHS, 'gateway'];
const SITES = { 'site-baghdad': 'baghdad', 'site-erbil': 'erbil' } as const;

type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: any;
  stringData?: Record<string, string>;
};
const files = readdirSync(DIR).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');
const manifests: Array<Manifest & { file: string }> = files.flatMap((file) =>
  parseAllDocuments(readFileSync(path.join(DIR, file), 'utf8')).map((document) => ({ ...(document.toJSON() as Manifest), file })),
);
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};
const ofKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);
const deployment = (name: string) => ofKind('Deployment').find((manifest) => manifest.metadata.name === name)!;

describe('Kubernetes manifests', () => {
  it('are valid Kubernetes objects, all in the icssi-graph namespace, all listed in kustomization.yaml', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(20);
    for (const manifest of manifests) {
      const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
      expect({ kind: `${manifest.apiVersion}/${manifest.kind}`, known: Boolean(Model) }).toEqual({
        kind: `${manifest.apiVersion}/${manifest.kind}`,
        known: true,
      });
      expect(() => new Model(manifest).validate()).not.toThrow();
      if (manifest.kind !== 'Namespace') expect(manifest.metadata.namespace).toBe('icssi-graph');
    }
    const kustomization = parse(readFileSync(path.join(DIR, 'kustomization.yaml'), 'utf8')) as { resources: string[] };
    expect([...kustomization.resources].sort()).toEqual([...files].sort());
  });

  it('the validator does refuse a broken object', () => {
    const broken = JSON.parse(JSON.stringify(deployment('gateway')));
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(() => new Deployment(broken).validate()).toThrow(/containerPort/);
  });

  it.each(WORKLOADS)('%s: a Deployment with probes, resources, graceful shutdown, a Service and an autoscaler', (name) => {
    const spec = deployment(name).spec;
    const pod = spec.template.spec;
    const [container] = pod.containers;
    expect(container.command).toEqual([
      'node',
      ...SERVICE_NODE_FLAGS,
      name === 'gateway' ? 'gateway/dist/index.js' : `services/${name}/dist/index.js`,
    ]);
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    for (const kind of ['requests', 'limits']) {
      expect(container.resources[kind]).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    }
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
    // The pod has time for the shutdown delay and the in-flight requests.
    const env = Object.fromEntries(container.env.map((variable: { name: string; value?: string }) => [variable.name, variable.value]));
    expect(Number(env.SHUTDOWN_DELAY_MS) / 1000 + 10).toBeLessThan(pod.terminationGracePeriodSeconds);
    expect(spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    const port = container.ports.find((p: { name: string }) => p.name === 'http').containerPort;
    expect(env.PORT).toBe(String(port));
    // Metrics on a port of their own, announced to Prometheus; the Service carries the GraphQL port only.
    const metricsPort = container.ports.find((p: { name: string }) => p.name === 'metrics').containerPort;
    expect(metricsPort).not.toBe(port);
    expect([env.METRICS_PORT, env.METRICS_HOST]).toEqual([String(metricsPort), '0.0.0.0']);
    expect(spec.template.metadata.annotations).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': String(metricsPort),
      'prometheus.io/path': '/metrics',
    });

    const service = ofKind('Service').find((manifest) => manifest.metadata.name === name)!;
    expect(service.spec.selector).toEqual(spec.selector.matchLabels);
    expect(service.spec.ports.map((p: { targetPort: string }) => p.targetPort)).toEqual(['http']);
    // Behind the ingress the gateway reads client addresses from X-Forwarded-For, trusting private ranges only.
    if (name === 'gateway') {
      expect(env.TRUSTED_PROXIES.split(',')).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7']);
    }
    const hpa = ofKind('HorizontalPodAutoscaler').find((manifest) => manifest.spec.scaleTargetRef.name === name)!;
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
  });

  it.each(Object.entries(SITES))(
    '%s: the region site, a Deployment with probes, resources, graceful shutdown, a Service and an autoscaler, reading from the gateway only',
    (name, site) => {
      const spec = deployment(name).spec;
      const pod = spec.template.spec;
      const [container] = pod.containers;
      expect(container.image).toBe(deployment('gateway').spec.template.spec.containers[0].image);
      expect(container.command).toEqual(['node', 'sites/dist/index.js']);
      expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      for (const kind of ['requests', 'limits'])
        expect(container.resources[kind]).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
      const env: Array<{ name: string; value?: string; valueFrom?: unknown }> = container.env;
      const values = Object.fromEntries(env.map((variable) => [variable.name, variable.value]));
      expect(values.SITE).toBe(site);
      expect(values.GRAPH_URL).toBe('http://gateway.icssi-graph.svc.cluster.local/graphql');
      // A public client of the gateway: no shared secret, no database.
      expect(env.filter((variable) => variable.valueFrom)).toEqual([]);
      expect(Number(values.SHUTDOWN_DELAY_MS) / 1000 + 10).toBeLessThan(pod.terminationGracePeriodSeconds);
      expect(values.PORT).toBe(String(container.ports.find((p: { name: string }) => p.name === 'http').containerPort));
      expect(spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
      const service = ofKind('Service').find((manifest) => manifest.metadata.name === name)!;
      expect(service.spec.selector).toEqual(spec.selector.matchLabels);
      const hpa = ofKind('HorizontalPodAutoscaler').find((manifest) => manifest.spec.scaleTargetRef.name === name)!;
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      // Reachable from outside like the gateway, through its own policy.
      const labels = spec.template.metadata.labels as Record<string, string>;
      // The monitoring namespace's policy selects every pod of the graph but opens only a port named
      // `metrics`, which a site does not have.
      const metricsOnly = (policy: { spec?: { ingress?: Array<{ ports?: Array<{ port: string }> }> } }) =>
        (policy.spec?.ingress ?? []).every((rule) => (rule.ports ?? []).every(({ port }) => port === 'metrics'));
      const open = ofKind('NetworkPolicy').filter(
        (policy) =>
          Object.entries(policy.spec.podSelector.matchLabels ?? {}).every(([key, value]) => labels[key] === value) &&
          JSON.stringify(policy.spec.podSelector) !== '{}' &&
          !metricsOnly(policy),
      );
      expect(container.ports.map((p: { name: string }) => p.name)).not.toContain('metrics');
      expect(open).toHaveLength(1);
      expect(open[0].spec.ingress).toEqual([{ ports: [{ port: 'http', protocol: 'TCP' }] }]);
    },
  );

  it('takes the shared secret and each database URL from Secrets that exist, and points services at Services that exist', () => {
    const secrets = Object.fromEntries(ofKind('Secret').map((secret) => [secret.metadata.name, Object.keys(secret.stringData ?? {})]));
    const services = new Set(ofKind('Service').map((service) => service.metadata.name));
    for (const name of WORKLOADS) {
      const env: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }> =
        deployment(name).spec.template.spec.containers[0].env;
      const byName = Object.fromEntries(env.map((variable) => [variable.name, variable]));
      expect(byName.ICSSI_CONTEXT_SECRET.valueFrom?.secretKeyRef).toEqual({ name: 'icssi-shared', key: 'context-secret' });
      for (const variable of env) {
        if (variable.valueFrom) expect(secrets[variable.valueFrom.secretKeyRef.name]).toContain(variable.valueFrom.secretKeyRef.key);
        // No secret in plain text.
        if (/SECRET|PASSWORD|DATABASE_URL/.test(variable.name)) expect(variable.value).toBeUndefined();
        const service = variable.value?.match(/^http:\/\/([a-z-]+)\.icssi-graph\.svc\.cluster\.local\/graphql$/)?.[1];
        if (variable.name.endsWith('_URL') && variable.value) expect(services.has(service ?? '')).toBe(true);
      }
      if (name !== 'gateway') {
        const prefix = name.toUpperCase().replace(/-/g, '_');
        expect(byName[`${prefix}_DATABASE_URL`].valueFrom?.secretKeyRef).toEqual({ name: 'icssi-database-urls', key: name });
        // A subgraph gets its own database URL only.
        expect(env.filter((variable) => variable.name.endsWith('_DATABASE_URL'))).toHaveLength(1);
      } else {
        expect(env.some((variable) => variable.name.endsWith('_DATABASE_URL'))).toBe(false);
      }
    }
  });

  it('lets nothing but the gateway (and the subgraphs themselves) reach a subgraph, and only Prometheus reach a metrics port', () => {
    const policies = ofKind('NetworkPolicy');
    const denyAll = policies.find((policy) => JSON.stringify(policy.spec.podSelector) === '{}')!;
    expect(denyAll.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const subgraphLabels = deployment('organisations').spec.template.metadata.labels as Record<string, string>;
    const gatewayLabels = deployment('gateway').spec.template.metadata.labels as Record<string, string>;
    const selects = (selector: { matchLabels?: Record<string, string> }, labels: Record<string, string>) =>
      Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
    for (const name of SUBGRAPHS) expect(deployment(name).spec.template.metadata.labels['app.kubernetes.io/component']).toBe('subgraph');
    expect(gatewayLabels['app.kubernetes.io/component']).toBe('gateway');
    type Rule = { from?: Array<Record<string, { matchLabels?: Record<string, string> }>>; ports: Array<{ port: string }> };
    const rulesFor = (labels: Record<string, string>): Rule[] =>
      policies.filter((policy) => policy !== denyAll && selects(policy.spec.podSelector, labels)).flatMap((policy) => policy.spec.ingress);
    // Every rule names its ports: the GraphQL port (http) or the metrics port, nothing else.
    for (const rule of [...rulesFor(subgraphLabels), ...rulesFor(gatewayLabels)]) {
      expect(rule.ports.length).toBeGreaterThan(0);
      for (const { port } of rule.ports) expect(['http', 'metrics']).toContain(port);
    }
    const opens = (rule: Rule, port: string) => rule.ports.some((p) => p.port === port);
    // A subgraph's GraphQL port: pods of this namespace only (no namespaceSelector, no ipBlock), the gateway or subgraphs.
    const subgraphHttp = rulesFor(subgraphLabels).filter((rule) => opens(rule, 'http'));
    expect(subgraphHttp.length).toBeGreaterThan(0);
    for (const rule of subgraphHttp) {
      expect(rule.from!.length).toBeGreaterThan(0);
      for (const peer of rule.from!) {
        expect(Object.keys(peer)).toEqual(['podSelector']);
        expect(selects(peer.podSelector, gatewayLabels) || selects(peer.podSelector, subgraphLabels)).toBe(true);
      }
    }
    // Metrics ports, of the gateway and of the subgraphs: from the monitoring namespace only, never together with http.
    for (const labels of [gatewayLabels, subgraphLabels]) {
      const metrics = rulesFor(labels).filter((rule) => opens(rule, 'metrics'));
      expect(metrics.length).toBeGreaterThan(0);
      for (const rule of metrics) {
        expect(opens(rule, 'http')).toBe(false);
        expect(rule.from).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }]);
      }
    }
    // The gateway's public rule opens its GraphQL port only.
    const gatewayPublic = rulesFor(gatewayLabels).filter((rule) => !rule.from);
    expect(gatewayPublic.map((rule) => rule.ports.map((p) => p.port))).toEqual([['http']]);
  });
});
