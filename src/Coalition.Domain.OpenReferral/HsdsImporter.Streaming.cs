using System.Text.Json;

namespace Coalition.Domain.OpenReferral;

/// <content>Streaming import: one record in memory at a time.</content>
public static partial class HsdsImporter
{
    /// <summary>The longest single record a newline-delimited stream may carry (16 MiB); a longer line is reported and skipped.</summary>
    public const int MaxRecordBytes = 16 * 1024 * 1024;

    /// <summary>How often progress is reported, in records.</summary>
    public const int ProgressInterval = 10_000;

    /// <summary>
    /// Imports HSDS services from a stream without loading the whole document: either a JSON array of services, or
    /// newline-delimited JSON with one service per line (NDJSON). The result equals <see cref="Import(string, HsdsImportOptions)"/>
    /// on the same array, issue for issue; in NDJSON a line that is not valid JSON is one more reported record, not the end
    /// of the import. Organisations with nested services and pages with <c>contents</c> need the document import.
    /// </summary>
    /// <param name="utf8Json">The stream, UTF-8 encoded; read to its end, not closed.</param>
    /// <param name="options">The time zone, date and taxonomy mapping.</param>
    /// <param name="progress">Receives the records and bytes read every <see cref="ProgressInterval"/> records and at the end, or null.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The network and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">A JSON array is malformed or nests deeper than 64 levels, or the stream starts with neither <c>[</c> nor <c>{</c> (an empty stream is an empty import).</exception>
    /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
    public static Task<HsdsImportResult> ImportAsync(Stream utf8Json, HsdsImportOptions options, IProgress<HsdsImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the task starts, so that a null is reported at the call.
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        return ImportStreamAsync(utf8Json, options, progress, cancellationToken);
    }

    private static async Task<HsdsImportResult> ImportStreamAsync(Stream utf8Json, HsdsImportOptions options, IProgress<HsdsImportProgress>? progress, CancellationToken cancellationToken)
    {
        var stream = new CountingStream(utf8Json);
        var first = await stream.PeekSignificantAsync(cancellationToken).ConfigureAwait(false);
        var session = new ImportSession(options);
        switch (first)
        {
            case (byte)'[':
                await ReadArrayAsync(stream, session, progress, cancellationToken).ConfigureAwait(false);
                break;
            case (byte)'{':
                await ReadLinesAsync(stream, session, progress, cancellationToken).ConfigureAwait(false);
                break;
            case -1:
                // An empty stream (or only whitespace) is an empty newline-delimited file: no records.
                break;
            default:
                throw new JsonException("The HSDS stream starts with neither '[' (a JSON array of services) nor '{' (one service per line); the text at fault is not shown.");
        }

        progress?.Report(new HsdsImportProgress(session.Read, stream.Position));
        return session.Finish();
    }

    /// <summary>
    /// Reads a top-level array one element at a time: a reader over a growing buffer finds each element's extent
    /// (<see cref="Utf8JsonReader.TrySkip"/>), and only that element is parsed. An element larger than
    /// <see cref="MaxRecordBytes"/> ends the import with a <see cref="JsonException"/>: it cannot be skipped without reading it.
    /// </summary>
    private static async Task ReadArrayAsync(CountingStream stream, ImportSession session, IProgress<HsdsImportProgress>? progress, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        int start = 0, end = 0;
        var final = false;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 });
        var opened = false;
        var closed = false;
        while (!closed)
        {
            var progressed = false;
            try
            {
                progressed = Step(buffer.AsSpan(start, end - start), final, ref state, ref opened, ref closed, ref start, session, progress, stream.Position);
            }
            catch (JsonException e)
            {
                var what = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) ? "nests deeper than 64 levels" : "is not valid JSON";
                throw new JsonException($"The HSDS stream {what} (after record {session.Read}); the text at fault is not shown.", null, null, null);
            }

            if (closed || progressed)
            {
                continue;
            }

            if (final)
            {
                throw new JsonException($"The HSDS stream ends inside its array (after record {session.Read}).");
            }

            // Not enough data for the next element: make room (growing up to the record limit) and read more.
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            else if (end == buffer.Length)
            {
                if (buffer.Length >= MaxRecordBytes + 1024)
                {
                    throw new JsonException($"Record {session.Read} of the HSDS array is larger than {MaxRecordBytes} bytes.");
                }

                System.Array.Resize(ref buffer, Math.Min(MaxRecordBytes + 1024, buffer.Length * 2));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            end += read;
            final = read == 0;
        }

        // Nothing but whitespace may follow the array.
        var trailing = new byte[1];
        while (true)
        {
            while (start < end)
            {
                if (buffer[start] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    throw new JsonException($"The HSDS stream has content after its array (after record {session.Read}); the text at fault is not shown.");
                }

                start++;
            }

            if (await stream.ReadAsync(trailing, cancellationToken).ConfigureAwait(false) == 0)
            {
                return;
            }

            (buffer, start, end) = (trailing, 0, 1);
        }
    }

    /// <summary>Reads as many whole elements as the buffer holds; false when it needs more data.</summary>
    private static bool Step(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, ref bool opened, ref bool closed, ref int start, ImportSession session, IProgress<HsdsImportProgress>? progress, long position)
    {
        var any = false;
        while (true)
        {
            var reader = new Utf8JsonReader(data, final, state);
            if (!reader.Read())
            {
                return any;
            }

            if (!opened)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new JsonException("Expected an array.");
                }

                opened = true;
            }
            else if (reader.TokenType == JsonTokenType.EndArray)
            {
                closed = true;
            }
            else
            {
                var tokenStart = (int)reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                {
                    return any;
                }

                var element = data[tokenStart..(int)reader.BytesConsumed];
                ReadRecord(element, session, progress, position, unreadable: false);
            }

            var consumed = (int)reader.BytesConsumed;
            state = reader.CurrentState;
            data = data[consumed..];
            start += consumed;
            any = true;
            if (closed)
            {
                return true;
            }
        }
    }

    private static async Task ReadLinesAsync(CountingStream stream, ImportSession session, IProgress<HsdsImportProgress>? progress, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        int start = 0, end = 0;
        var skipping = false;
        while (true)
        {
            var newline = System.Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                if (skipping)
                {
                    skipping = false;
                }
                else
                {
                    ReadRecord(buffer.AsSpan(start, newline - start), session, progress, stream.Position, unreadable: true);
                }

                start = newline + 1;
                continue;
            }

            // No complete line in the buffer: keep the partial line, make room, read more.
            if (skipping)
            {
                start = end = 0;
            }
            else if (start == 0 && end == buffer.Length)
            {
                if (buffer.Length >= MaxRecordBytes)
                {
                    session.AddUnreadable($"[{session.Read}]", $"The line is longer than {MaxRecordBytes} bytes; it was skipped.");
                    skipping = true;
                    start = end = 0;
                }
                else
                {
                    System.Array.Resize(ref buffer, Math.Min(MaxRecordBytes, buffer.Length * 2));
                }
            }
            else if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                if (!skipping && end > start)
                {
                    ReadRecord(buffer.AsSpan(start, end - start), session, progress, stream.Position, unreadable: true);
                }

                return;
            }

            end += read;
        }
    }

    /// <summary>Parses and imports one record. A line of NDJSON that is not JSON is a reported record (<paramref name="unreadable"/>); in an array the reader has already checked the syntax.</summary>
    private static void ReadRecord(ReadOnlySpan<byte> line, ImportSession session, IProgress<HsdsImportProgress>? progress, long position, bool unreadable)
    {
        line = line.Trim(" \t\r"u8);
        if (line.IsEmpty)
        {
            return;
        }

        var path = $"[{session.Read}]";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e) when (unreadable)
        {
            var what = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) ? "nests deeper than 64 levels" : "is not valid JSON";
            session.AddUnreadable(path, $"The line {what} (byte {e.BytePositionInLine ?? 0}); the text at fault is not shown.");
            return;
        }

        using (document)
        {
            session.Add(document.RootElement, null, path);
        }

        if (session.Read % ProgressInterval == 0)
        {
            progress?.Report(new HsdsImportProgress(session.Read, position));
        }
    }

    /// <summary>A read-only view of the caller's stream that counts bytes and can look at the first significant byte.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        private readonly byte[] peeked = new byte[4096];
        private int peekedStart;
        private int peekedEnd;
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        /// <summary>Returns the first byte that is not whitespace or a byte-order mark, without consuming it; -1 at the end.</summary>
        internal async Task<int> PeekSignificantAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                while (peekedStart < peekedEnd)
                {
                    var b = peeked[peekedStart];
                    if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
                    {
                        peekedStart++;
                        position++;
                        continue;
                    }

                    return b;
                }

                peekedStart = 0;
                peekedEnd = await inner.ReadAsync(peeked, cancellationToken).ConfigureAwait(false);
                if (peekedEnd == 0)
                {
                    return -1;
                }
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (peekedStart < peekedEnd)
            {
                return TakePeeked(buffer);
            }

            var read = inner.Read(buffer);
            position += read;
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (peekedStart < peekedEnd)
            {
                return TakePeeked(buffer.Span);
            }

            var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            position += read;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int TakePeeked(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, peekedEnd - peekedStart);
            peeked.AsSpan(peekedStart, count).CopyTo(buffer);
            peekedStart += count;
            position += count;
            return count;
        }
    }
}
