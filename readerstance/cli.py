"""The `readerstance` command line: a thin click layer over the library packages."""
import click


@click.group()
@click.version_option(package_name="readerstance")
def cli():
    """Split news pages into article and reader comments, score their tone and
    stance toward a target (the United States by default), and report."""
