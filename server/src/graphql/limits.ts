import type { ApolloServerPlugin } from "@apollo/server";
import depthLimit from "graphql-depth-limit";
import { type ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { type GraphQLSchema, getVariableValues } from "graphql";
import { CommonErrors } from "../shared/errors";
import { MAX_PAGE_SIZE } from "../shared/pagination";

export const MAX_DEPTH = 10;
export const MAX_COST = 5000;

/**
 * A paginated field costs its page size times what each item asks for. The size is taken within
 * the bounds the API accepts, so that a negative `limit` (refused later) cannot cancel out the
 * cost of the other fields of the request.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args?.limit === "number" ? 1 + Math.min(Math.max(args.limit, 1), MAX_PAGE_SIZE) * Math.max(1, childComplexity) : undefined;

export const depthRule = depthLimit(MAX_DEPTH);

/** Refuses operations whose estimated cost exceeds MAX_COST before anything runs. */
export function costLimitPlugin(schema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // Variables that do not fit their declared types cannot be costed; execution refuses them
          // as BAD_USER_INPUT before any resolver runs.
          if (operation && getVariableValues(schema(), operation.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          const cost = getComplexity({
            schema: schema(),
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > MAX_COST) throw CommonErrors.queryTooComplex({ cost, max: MAX_COST }, { http: { status: 400 } });
        },
      };
    },
  };
}
