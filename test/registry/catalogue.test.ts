import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { registry } from '../../agent/config/registry.js';
import { catalogue } from '../../agent/runtime/catalogue.js';

// The runtime's catalogue (kinds without schemas, what `outpost run` loads) and the config
// registry (each kind with its schema) list the same kinds in the same order: a kind the checker
// accepts is one the agent can build, with the same factory.
test('the registry pairs every kind of the catalogue with a schema, in order', () => {
  assert.equal(registry.busKinds.map((kind) => kind.type), catalogue.busKinds.map((kind) => kind.type));
  assert.equal(registry.sensorKinds.map((kind) => kind.type), catalogue.sensorKinds.map((kind) => kind.type));
  registry.busKinds.forEach((kind, i) => {
    assert.is(kind.load, catalogue.busKinds[i]?.load, kind.type);
    assert.is(kind.contract, catalogue.busKinds[i]?.contract, kind.type);
  });
  registry.sensorKinds.forEach((kind, i) => {
    assert.is(kind.load, catalogue.sensorKinds[i]?.load, kind.type);
    assert.equal(kind.accepts, catalogue.sensorKinds[i]?.accepts, kind.type);
  });
});

test.run();
