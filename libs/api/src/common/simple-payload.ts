import { builder } from '../builder/builder';
import { INHERITED } from '../builder/authz';

export interface SimplePayload {
  readonly success: boolean;
}

export const SimplePayloadType = builder.objectRef<SimplePayload>('SimplePayload').implement({
  description: 'The outcome of a mutation that returns nothing else.',
  extensions: INHERITED,
  fields: (t) => ({ success: t.exposeBoolean('success') }),
});

export const SUCCESS: SimplePayload = { success: true };
