/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters for the list of City nodes; all given filters must hold. */
export type CityFilter = {
  /** Only cities in this member state (an id such as `state:th`). */
  memberState?: string | number | null | undefined;
  /** Only nodes whose name or one of whose aliases contains this text (case-insensitive). */
  nameContains?: string | null | undefined;
  /** Only cities that are members of this network (an id such as `network:ascn`). */
  network?: string | number | null | undefined;
  /** Only nodes whose `pilot` equals this: True for the 26 ASCN pilot cities. */
  pilot?: boolean | null | undefined;
};

/** How to order a list of City nodes; ties are broken by id, and nodes without the key come last. */
export type CityOrder =
  /** By `name`, lowest or earliest first. */
  | 'NAME_ASC'
  /** By `name`, highest or latest first. */
  | 'NAME_DESC';

/** Filters for the list of Meeting nodes; all given filters must hold. */
export type MeetingFilter = {
  /** Only meetings held in (or chaired from) this city. */
  city?: string | number | null | undefined;
  /** Only nodes whose `date` is at least this, a date or year (`2019`, `2019-08`, `2019-08-23`). */
  dateFrom?: string | null | undefined;
  /** Only nodes whose `date` is at most this, a date or year (`2019`, `2019-08`, `2019-08-23`); `2019` includes every date in 2019. */
  dateTo?: string | null | undefined;
  /** Only nodes whose `kind` equals this (case-insensitive): annual meeting, inaugural meeting, workshop, forum, high-level forum. */
  kind?: string | null | undefined;
  /** Only meetings hosted, organised or chaired by this member state, or held in one of its cities. */
  memberState?: string | number | null | undefined;
  /** Only nodes whose name or one of whose aliases contains this text (case-insensitive). */
  nameContains?: string | null | undefined;
  /** Only meetings of this network (its annual meetings). */
  network?: string | number | null | undefined;
  /** Only nodes whose `online` equals this: True when held online or virtually. */
  online?: boolean | null | undefined;
  /** Only nodes whose `status` equals this (case-insensitive): held, or planned when the source only announces it. */
  status?: string | null | undefined;
};

/** How to order a list of Meeting nodes; ties are broken by id, and nodes without the key come last. */
export type MeetingOrder =
  /** By `date`, lowest or earliest first. */
  | 'DATE_ASC'
  /** By `date`, highest or latest first. */
  | 'DATE_DESC'
  /** By `edition`, lowest or earliest first. */
  | 'EDITION_ASC'
  /** By `edition`, highest or latest first. */
  | 'EDITION_DESC'
  /** By `name`, lowest or earliest first. */
  | 'NAME_ASC'
  /** By `name`, highest or latest first. */
  | 'NAME_DESC';

export type NestedMemberStatesQueryVariables = Exact<{
  first?: number | null | undefined;
  cities?: number | null | undefined;
}>;


export type NestedMemberStatesQuery = { memberStates: { totalCount: number, edges: Array<{ node: { id: string, name: string, sources: Array<{ id: string, title: string | null }>, cities: { totalCount: number, edges: Array<{ sources: Array<{ id: string }>, node: { id: string, name: string, sources: Array<{ id: string, title: string | null }>, officers: { edges: Array<{ position: number | null, sources: Array<{ id: string }>, node: { id: string, name: string, designation: string | null, sources: Array<{ id: string, title: string | null }> } }> } } }> } } }> } };

export type CityPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CityFilter | null | undefined;
  orderBy?: CityOrder | null | undefined;
}>;


export type CityPageQuery = { cities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, pilot: boolean | null } }> } };

export type MeetingsByDateQueryVariables = Exact<{
  orderBy?: MeetingOrder | null | undefined;
  filter?: MeetingFilter | null | undefined;
}>;


export type MeetingsByDateQuery = { meetings: { totalCount: number, nodes: Array<{ id: string, name: string, date: string | null, online: boolean | null }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Agreement', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Chairmanship', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'City', pilot: boolean | null, id: string, name: string, aliases: Array<string>, note: string | null, memberState: { id: string, name: string } | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Country', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Framework', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'FrameworkArea', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Meeting', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'MemberState', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Metric', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Network', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Officer', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Organization', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Publication', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Role', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Source', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
    | { __typename: 'Summit', id: string, name: string, aliases: Array<string>, note: string | null, sources: Array<{ id: string, title: string | null, publisher: string | null, date: string | null }> }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'Chairmanship', id: string, name: string }
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Framework', id: string, name: string }
    | { __typename: 'FrameworkArea', id: string, name: string }
    | { __typename: 'Meeting', id: string, name: string }
    | { __typename: 'MemberState', id: string, name: string }
    | { __typename: 'Metric', id: string, name: string }
    | { __typename: 'Network', id: string, name: string }
    | { __typename: 'Officer', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Publication', id: string, name: string }
    | { __typename: 'Role', id: string, name: string }
    | { __typename: 'Source', id: string, name: string }
    | { __typename: 'Summit', id: string, name: string }
   | null> };

export type GraphStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphStatsQuery = { graphStats: { nodeCount: number, relationshipCount: number, labels: Array<{ label: string, count: number }>, relationshipTypes: Array<{ type: string, description: string, count: number }> } };

export type CebuCityOfficersQueryVariables = Exact<{ [key: string]: never; }>;


export type CebuCityOfficersQuery = { cities: { nodes: Array<{ id: string, name: string, officers: { edges: Array<{ position: number | null, sources: Array<{ id: string, title: string | null }>, node: { id: string, name: string, role: string | null, designation: string | null, sources: Array<{ id: string, title: string | null }> } }> } }> } };

export type PilotCitiesOfQueryVariables = Exact<{
  memberState: string | number;
}>;


export type PilotCitiesOfQuery = { memberState: { name: string, sources: Array<{ id: string }> } | null, cities: { totalCount: number, nodes: Array<{ id: string, name: string, sources: Array<{ id: string, title: string | null }>, memberStateEdge: { sources: Array<{ id: string, title: string | null }> } | null }> } };

export type PartnersOfQueryVariables = Exact<{
  organization: string | number;
}>;


export type PartnersOfQuery = { organization: { name: string, agreements: { edges: Array<{ role: string | null, sources: Array<{ id: string }>, node: { id: string, name: string, kind: string | null, date: string | null, sources: Array<{ id: string, title: string | null }>, parties: { edges: Array<{ role: string | null, node:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> }, signedAt:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Chairmanship', id: string, name: string }
            | { __typename: 'City', id: string, name: string }
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Framework', id: string, name: string }
            | { __typename: 'FrameworkArea', id: string, name: string }
            | { __typename: 'Meeting', date: string | null, id: string, name: string }
            | { __typename: 'MemberState', id: string, name: string }
            | { __typename: 'Metric', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Officer', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Publication', id: string, name: string }
            | { __typename: 'Role', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
            | { __typename: 'Summit', id: string, name: string }
           | null, signedAtEdge: { sources: Array<{ id: string, title: string | null }> } | null } }> } } | null };

export type AdoptedAtQueryVariables = Exact<{
  name: string;
}>;


export type AdoptedAtQuery = { frameworks: { nodes: Array<{ id: string, name: string, adoptedAt: { edges: Array<{ action: string | null, sources: Array<{ id: string, title: string | null }>, node:
            | { __typename: 'Agreement', id: string, name: string }
            | { __typename: 'Chairmanship', id: string, name: string }
            | { __typename: 'City', id: string, name: string }
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Framework', id: string, name: string }
            | { __typename: 'FrameworkArea', id: string, name: string }
            | { __typename: 'Meeting', id: string, name: string }
            | { __typename: 'MemberState', id: string, name: string }
            | { __typename: 'Metric', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Officer', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Publication', id: string, name: string }
            | { __typename: 'Role', id: string, name: string }
            | { __typename: 'Source', id: string, name: string }
            | { __typename: 'Summit', ordinal: number | null, date: string | null, id: string, name: string }
           }> } }> } };

export type ChairOfQueryVariables = Exact<{
  body: string;
  year: number;
}>;


export type ChairOfQuery = { chairmanships: { nodes: Array<{ id: string, name: string, year: number | null, theme: string | null, sources: Array<{ id: string, title: string | null }>, holder: { id: string, name: string } | null, holderEdge: { sources: Array<{ id: string, title: string | null }> } | null }> } };

export type EmployerOfQueryVariables = Exact<{
  officer: string | number;
}>;


export type EmployerOfQuery = { officer: { name: string, designation: string | null, worksFor: { edges: Array<{ post: string | null, citations: Array<{ locator: string | null, source: { id: string } | null }>, node: { id: string, name: string, kind: string | null, partOf: { nodes: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            > }, basedIn: { nodes: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            > } } }> } } | null };

export type PartiesBasedInQueryVariables = Exact<{
  agreement: string | number;
}>;


export type PartiesBasedInQuery = { agreement: { name: string, parties: { edges: Array<{ role: string | null, node:
          | { __typename: 'Agreement', id: string, name: string }
          | { __typename: 'Chairmanship', id: string, name: string }
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Framework', id: string, name: string }
          | { __typename: 'FrameworkArea', id: string, name: string }
          | { __typename: 'Meeting', id: string, name: string }
          | { __typename: 'MemberState', id: string, name: string }
          | { __typename: 'Metric', id: string, name: string }
          | { __typename: 'Network', id: string, name: string }
          | { __typename: 'Officer', id: string, name: string }
          | { __typename: 'Organization', kind: string | null, id: string, name: string, basedIn: { nodes: Array<
                | { __typename: 'Agreement', id: string, name: string }
                | { __typename: 'Chairmanship', id: string, name: string }
                | { __typename: 'City', id: string, name: string, country: { id: string, name: string } | null, memberState: { id: string, name: string } | null }
                | { __typename: 'Country', id: string, name: string }
                | { __typename: 'Framework', id: string, name: string }
                | { __typename: 'FrameworkArea', id: string, name: string }
                | { __typename: 'Meeting', id: string, name: string }
                | { __typename: 'MemberState', id: string, name: string }
                | { __typename: 'Metric', id: string, name: string }
                | { __typename: 'Network', id: string, name: string }
                | { __typename: 'Officer', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Publication', id: string, name: string }
                | { __typename: 'Role', id: string, name: string }
                | { __typename: 'Source', id: string, name: string }
                | { __typename: 'Summit', id: string, name: string }
              > } }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Publication', id: string, name: string }
          | { __typename: 'Role', id: string, name: string }
          | { __typename: 'Source', id: string, name: string }
          | { __typename: 'Summit', id: string, name: string }
         }> } } | null };

export type AdoptedOrSubmittedQueryVariables = Exact<{
  framework: string | number;
}>;


export type AdoptedOrSubmittedQuery = { framework: { name: string, adoptedAt: { edges: Array<{ action: string | null, node:
          | { __typename: 'Agreement', id: string }
          | { __typename: 'Chairmanship', id: string }
          | { __typename: 'City', id: string }
          | { __typename: 'Country', id: string }
          | { __typename: 'Framework', id: string }
          | { __typename: 'FrameworkArea', id: string }
          | { __typename: 'Meeting', id: string }
          | { __typename: 'MemberState', id: string }
          | { __typename: 'Metric', id: string }
          | { __typename: 'Network', id: string }
          | { __typename: 'Officer', id: string }
          | { __typename: 'Organization', id: string }
          | { __typename: 'Person', id: string }
          | { __typename: 'Publication', id: string }
          | { __typename: 'Role', id: string }
          | { __typename: 'Source', id: string }
          | { __typename: 'Summit', id: string }
         }> }, submittedTo: { edges: Array<{ purpose: string | null, qualifier: string | null, citations: Array<{ locator: string | null, source: { id: string } | null }>, node: { id: string, name: string, date: string | null } }> } } | null };

export type WhereStatedQueryVariables = Exact<{
  id: string | number;
}>;


export type WhereStatedQuery = { node:
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
    | { id: string, name: string, sources: Array<{ id: string }>, citations: Array<{ locator: string | null, line: number | null, start: number | null, end: number | null, source: { id: string, file: string | null } | null }> }
   | null };

export type CitedForQueryVariables = Exact<{
  agreement: string | number;
}>;


export type CitedForQuery = { agreement: { name: string, reportedBy: { nodes: Array<{ id: string, name: string, kind: string | null, publisher: string | null, date: string | null, citedBy: { edges: Array<{ reference: number | null, retrieved: string | null, node: { id: string } }> } }> } } | null };


export const NestedMemberStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedMemberStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cities"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"designation"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedMemberStatesQuery, NestedMemberStatesQueryVariables>;
export const CityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CityOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pilot"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CityPageQuery, CityPageQueryVariables>;
export const MeetingsByDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsByDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsByDateQuery, MeetingsByDateQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilot"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const GraphStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<GraphStatsQuery, GraphStatsQueryVariables>;
export const CebuCityOfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CebuCityOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"StringValue","value":"Cebu","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"designation"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CebuCityOfficersQuery, CebuCityOfficersQueryVariables>;
export const PilotCitiesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PilotCitiesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberState"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"pilot"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberStateEdge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PilotCitiesOfQuery, PilotCitiesOfQueryVariables>;
export const PartnersOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organization"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organization"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAtEdge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersOfQuery, PartnersOfQueryVariables>;
export const AdoptedAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptedAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Summit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdoptedAtQuery, AdoptedAtQueryVariables>;
export const ChairOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChairOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chairmanships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderEdge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChairOfQuery, ChairOfQueryVariables>;
export const EmployerOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"designation"}},{"kind":"Field","name":{"kind":"Name","value":"worksFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployerOfQuery, EmployerOfQueryVariables>;
export const PartiesBasedInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartiesBasedIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreement"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreement"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"basedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartiesBasedInQuery, PartiesBasedInQueryVariables>;
export const AdoptedOrSubmittedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptedOrSubmitted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"framework"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"framework"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdoptedOrSubmittedQuery, AdoptedOrSubmittedQueryVariables>;
export const WhereStatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhereStated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhereStatedQuery, WhereStatedQueryVariables>;
export const CitedForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreement"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreement"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"retrieved"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitedForQuery, CitedForQueryVariables>;