import { graphql } from "../../generated";

/** Operations of Nationell uppföljning. Every name starts with National so it never meets another portal's. */

export const NationalReachQuery = graphql(`
  query NationalReach($year: Int!, $countyCode: String, $type: TrainingType!, $measure: ReachMeasure!) {
    trainingReach(year: $year, countyCode: $countyCode) {
      year
      countyCode
      lansstyrelser
      byCounty {
        type
        countyCode
        events
        participants
        loggedParticipants
        kommuner
        regioner
        ngos
        otherBodies
        unmetDemand
      }
      totals {
        type
        countyCode
        events
        participants
        loggedParticipants
        kommuner
        regioner
        ngos
        otherBodies
        unmetDemand
      }
      shares {
        type
        lansstyrelser
        share
      }
      sharesChart
      countyChart(type: $type, measure: $measure)
    }
  }
`);

export const NationalNetworksQuery = graphql(`
  query NationalNetworks($year: Int!) {
    networksByTopic(year: $year) {
      year
      lansstyrelser
      topics {
        topic
        lansstyrelser
        share
        meetingsHeld
        organisations
      }
      chart
    }
  }
`);

export const NationalCountiesQuery = graphql(`
  query NationalCounties {
    counties {
      code
      name
    }
  }
`);

export const NationalCountyWorkQuery = graphql(`
  query NationalCountyWork($year: Int!) {
    countyWorkNational(year: $year) {
      year
      lansstyrelser
      nationalCampaigns {
        lansstyrelser
        share
      }
      strategyAdopted {
        lansstyrelser
        share
      }
      strategyStarted {
        lansstyrelser
        share
      }
      strategyLinkedToGenderMainstreaming {
        lansstyrelser
        share
      }
      methods {
        methodId
        name
        lansstyrelser
        share
      }
      municipalityVisits
      kommunerVisited
      campaigns
      articles
      readers
      byCounty {
        countyCode
        countyName
        nationalCampaign
        campaigns
        methods
        strategyStatus
        linkedToGenderMainstreaming
        municipalityVisits
        kommunerVisited
      }
      sharesChart
      methodsChart
      visitsChart
    }
  }
`);
