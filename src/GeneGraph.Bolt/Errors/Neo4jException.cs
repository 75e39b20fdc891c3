namespace GeneGraph.Bolt.Errors;

/// <summary>An error reported by Neo4j (with its status code) or by the Bolt client itself.</summary>
public class Neo4jException : Exception
{
    public Neo4jException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>Neo4j status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    public override string ToString() => $"{GetType().Name} [{Code}]: {Message}";

    /// <summary>Maps a FAILURE's code onto the matching exception type.</summary>
    public static Neo4jException FromFailure(string code, string message) => code switch
    {
        "Neo.ClientError.Security.Unauthorized" => new AuthenticationException(code, message),
        // Neo4j reports these two as transient although retrying them cannot help: the client ended them.
        "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped" =>
            new ClientException(code, message),
        "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" =>
            new SessionExpiredException(code, message),
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new ClientException(code, message),
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new TransientException(code, message),
        _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => new DatabaseException(code, message),
        _ => new Neo4jException(code, message),
    };
}

/// <summary>The request was wrong (syntax, constraint violation, unknown procedure...); retrying will not help.</summary>
public class ClientException(string code, string message) : Neo4jException(code, message);

/// <summary>A temporary server condition (deadlock, lock timeout...); the work may succeed if retried.</summary>
public class TransientException(string code, string message, Exception? innerException = null) : Neo4jException(code, message, innerException);

/// <summary>The database failed while handling a valid request.</summary>
public class DatabaseException(string code, string message) : Neo4jException(code, message);

/// <summary>The server rejected the credentials (<c>Neo.ClientError.Security.Unauthorized</c>).</summary>
public class AuthenticationException(string code, string message) : ClientException(code, message);

/// <summary>The server could not be reached, refused the connection, or the connection was lost.</summary>
public class ServiceUnavailableException(string message, Exception? innerException = null)
    : Neo4jException(ClientCode, message, innerException)
{
    public const string ClientCode = "GeneGraph.Bolt.ServiceUnavailable";
}

/// <summary>The server did not answer within the configured read timeout; the connection was closed.</summary>
public class ConnectionReadTimeoutException(string message, Exception? innerException = null) : ServiceUnavailableException(message, innerException);

/// <summary>A cluster member can no longer serve the request (e.g. it is not the leader any more); retry elsewhere.</summary>
public class SessionExpiredException(string code, string message, Exception? innerException = null) : Neo4jException(code, message, innerException);

/// <summary>The peer broke the Bolt protocol (malformed data, unexpected message, wrong port).</summary>
public class ProtocolException(string message, Exception? innerException = null)
    : Neo4jException("GeneGraph.Bolt.Protocol", message, innerException);
