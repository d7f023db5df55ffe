import { graphql } from "../../generated";

export const CountyWorkContextQuery = graphql(`
  query CountyWorkContext {
    me {
      id
      organisation {
        id
        name
        kind
        countyCode
      }
    }
    methods {
      id
      name
    }
  }
`);

export const CountyBoardsQuery = graphql(`
  query CountyBoards {
    organisations(kinds: [LANSSTYRELSE], limit: 50) {
      items {
        id
        name
        countyCode
      }
    }
  }
`);

export const CountyKommunerQuery = graphql(`
  query CountyKommuner($countyCode: String!) {
    organisations(kinds: [KOMMUN], countyCode: $countyCode, limit: 100) {
      items {
        id
        name
      }
    }
  }
`);

export const CountyWorkQuery = graphql(`
  query CountyWork($year: Int!, $countyBoardId: ID, $topic: NetworkTopic, $limit: Int!) {
    municipalityVisits(year: $year, countyBoardId: $countyBoardId, topic: $topic, limit: $limit) {
      total
      items {
        id
        date
        topics
        participants
        notes
        kommun {
          id
          name
        }
        countyBoard {
          id
          name
        }
      }
    }
    campaigns(year: $year, countyBoardId: $countyBoardId, topic: $topic, limit: $limit) {
      total
      items {
        id
        title
        scope
        topic
        channels
        periodStart
        periodEnd
        kommunerReached
        peopleReached
        articles
        readers
        methods {
          id
          name
        }
        countyBoard {
          id
          name
        }
      }
    }
    methodSpreads(year: $year, countyBoardId: $countyBoardId, limit: $limit) {
      total
      items {
        id
        year
        kommunerReached
        organisationsReached
        note
        method {
          id
          name
        }
        countyBoard {
          id
          name
        }
      }
    }
    regionalStrategies(year: $year, countyBoardId: $countyBoardId, limit: $limit) {
      total
      items {
        id
        kind
        title
        status
        adoptedOn
        linkedToGenderMainstreaming
        documentFilename
        documentUrl
        availableStatuses
        countyBoard {
          id
          name
        }
      }
    }
  }
`);

export const SaveMunicipalityVisitMutation = graphql(`
  mutation SaveMunicipalityVisit($input: MunicipalityVisitInput!) {
    saveMunicipalityVisit(input: $input) {
      id
    }
  }
`);

export const SaveCampaignMutation = graphql(`
  mutation SaveCampaign($input: CampaignInput!) {
    saveCampaign(input: $input) {
      id
    }
  }
`);

export const SaveMethodSpreadMutation = graphql(`
  mutation SaveMethodSpread($input: MethodSpreadInput!) {
    saveMethodSpread(input: $input) {
      id
    }
  }
`);

export const SaveRegionalStrategyMutation = graphql(`
  mutation SaveRegionalStrategy($input: RegionalStrategyInput!) {
    saveRegionalStrategy(input: $input) {
      id
    }
  }
`);

export const ChangeRegionalStrategyStatusMutation = graphql(`
  mutation ChangeRegionalStrategyStatus($input: StrategyStatusInput!) {
    changeRegionalStrategyStatus(input: $input) {
      id
      status
      adoptedOn
      availableStatuses
    }
  }
`);

export const DeleteMunicipalityVisitMutation = graphql(`
  mutation DeleteMunicipalityVisit($id: ID!) {
    deleteMunicipalityVisit(id: $id)
  }
`);

export const DeleteCampaignMutation = graphql(`
  mutation DeleteCampaign($id: ID!) {
    deleteCampaign(id: $id)
  }
`);

export const DeleteMethodSpreadMutation = graphql(`
  mutation DeleteMethodSpread($id: ID!) {
    deleteMethodSpread(id: $id)
  }
`);

export const DeleteRegionalStrategyMutation = graphql(`
  mutation DeleteRegionalStrategy($id: ID!) {
    deleteRegionalStrategy(id: $id)
  }
`);

export const MunicipalityVisitQuery = graphql(`
  query MunicipalityVisit($id: ID!) {
    municipalityVisit(id: $id) {
      id
      date
      topics
      participants
      notes
      kommun {
        id
        name
      }
    }
  }
`);

export const CampaignQuery = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      id
      title
      scope
      topic
      channels
      periodStart
      periodEnd
      kommunerReached
      peopleReached
      articles
      readers
      notes
      methods {
        id
        name
      }
    }
  }
`);

export const MethodSpreadQuery = graphql(`
  query MethodSpread($id: ID!) {
    methodSpread(id: $id) {
      id
      year
      kommunerReached
      organisationsReached
      note
      method {
        id
        name
      }
    }
  }
`);

export const RegionalStrategyQuery = graphql(`
  query RegionalStrategy($id: ID!) {
    regionalStrategy(id: $id) {
      id
      kind
      title
      year
      linkedToGenderMainstreaming
      notes
      documentFilename
    }
  }
`);

export const AllMethodsQuery = graphql(`
  query AllMethods {
    methods(includeInactive: true) {
      id
      name
      description
      active
    }
  }
`);

export const SaveMethodMutation = graphql(`
  mutation SaveMethod($input: MethodInput!) {
    saveMethod(input: $input) {
      id
      name
      description
      active
    }
  }
`);
