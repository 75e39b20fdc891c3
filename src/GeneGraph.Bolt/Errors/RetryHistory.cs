namespace GeneGraph.Bolt.Errors;

/// <summary>The error of retries that ran out: the first failure, the cause, followed by what the retries met.</summary>
internal static class RetryHistory
{
    /// <summary>
    /// <c>first.Message (then: B on 3 retries)</c>, of the first failure's kind and code, with it as the inner exception;
    /// <c>null</c> when the retries met nothing but the first failure again (the last one then says it all).
    /// </summary>
    public static Exception? Combine(Exception first, IReadOnlyList<Exception> retries)
    {
        if (retries.All(r => r.Message == first.Message)) return null;
        var runs = new List<(string Message, int Count)>();
        foreach (var retry in retries)
        {
            if (runs.Count > 0 && runs[^1].Message == retry.Message) runs[^1] = (retry.Message, runs[^1].Count + 1);
            else runs.Add((retry.Message, 1));
        }

        var then = string.Join("; ", runs.Select(r => $"{r.Message.TrimEnd('.')} on {r.Count} {(r.Count == 1 ? "retry" : "retries")}"));
        var message = $"{first.Message} (then: {then})";
        return first switch
        {
            ConnectionReadTimeoutException => new ConnectionReadTimeoutException(message, first),
            ServiceUnavailableException => new ServiceUnavailableException(message, first),
            SessionExpiredException expired => new SessionExpiredException(expired.Code, message, first),
            TransientException transient => new TransientException(transient.Code, message, first),
            _ => null,
        };
    }
}
