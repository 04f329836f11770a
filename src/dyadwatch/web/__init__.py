"""The web app: the analyst's view of relations, events and evidence, over the same
query functions as the CLI (`dyadwatch serve`).

    from dyadwatch.web.app import make_app
    app = make_app("dyadwatch.duckdb")      # a FastAPI app, read-only

Modules: `app` (the factory, error answers, security headers), `api` (the JSON twins),
`pages` (the HTML pages), `views` (each page's data, from the store's queries),
`models` (the records answered), `params` (validated parameters), `marks` (marked
text), `periods` (a period label's dates), `templating`, `server` (uvicorn).
"""
