import type { GraphQLSchema } from 'graphql';
import { builder } from './builder/builder';
// Each module registers its types and fields on the builder when imported.
import './me/me-type';
import './access-tokens/access-token-mutations';
import './session/session-mutations';
import './organization/organization-type';
import './group/group-type';
import './organization/organization-groups-field';
import './organization/organization-mutations';
import './group/group-history-field';
import './group/group-mutations';
import './stakeholder/stakeholders-fields';
import './stakeholder/stakeholder-query';
import './stakeholder/group-access-mutations';
import './stakeholder/organization-access-mutations';
import './policies/policies-fields';
import './policies/policies-mutations';
import './roots/root-fields';
import './roots/root-mutations';
import './me/me-memberships-fields';
import './vulnerability/vulnerability-queries';
import './vulnerability/report-mutations';
import './vulnerability/workflow-mutations';
import './vulnerability/treatment-mutations';
import './finding/finding-queries';
import './finding/finding-mutations';

export const schema: GraphQLSchema = builder.toSchema({ sortSchema: true });
