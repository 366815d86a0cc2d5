"""Read the news: from reports to coded events, stances and scenario updates (``accord read``)."""
