"""Reading articles: files and rows in (io), cleaned text (clean), the article header (article)."""
