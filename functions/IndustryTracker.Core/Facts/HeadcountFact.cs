namespace IndustryTracker.Core.Facts;

public sealed record HeadcountFact(string Ticker, HeadcountStatement Statement, Provenance Source);
