"""What analysts read: tables, the HTML report, the terminal view, field values in words."""
