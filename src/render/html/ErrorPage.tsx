/** A helpful error page: what went wrong and where to go instead. Never shows the raw request. */
export const ErrorPage = ({
  status,
  message,
  suggestions,
}: {
  status: number
  message: string
  suggestions: { label: string; href?: string }[]
}) => (
  <>
    <h1>
      {status === 404 ? 'Not found' : 'Request not understood'} <span class="meta">({status})</span>
    </h1>
    <p>{message}</p>
    {suggestions.length > 0 ? (
      <>
        <h2>Try one of these</h2>
        <ul>
          {suggestions.map((s) => (
            <li>{s.href ? <a href={s.href}>{s.label}</a> : <code>{s.label}</code>}</li>
          ))}
        </ul>
      </>
    ) : null}
    <p>
      <a href="/">Back to all topics</a>
    </p>
  </>
)
